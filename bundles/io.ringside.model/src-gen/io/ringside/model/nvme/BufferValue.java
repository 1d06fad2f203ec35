/**
 */
package io.ringside.model.nvme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Buffer Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One queue's value in the shadow doorbell or EventIdx buffer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.BufferValue#getQid <em>Qid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.BufferValue#getKind <em>Kind</em>}</li>
 *   <li>{@link io.ringside.model.nvme.BufferValue#getValue <em>Value</em>}</li>
 *   <li>{@link io.ringside.model.nvme.BufferValue#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.nvme.NvmePackage#getBufferValue()
 * @model
 * @generated
 */
public interface BufferValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Qid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qid</em>' attribute.
	 * @see #setQid(int)
	 * @see io.ringside.model.nvme.NvmePackage#getBufferValue_Qid()
	 * @model
	 * @generated
	 */
	int getQid();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.BufferValue#getQid <em>Qid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qid</em>' attribute.
	 * @see #getQid()
	 * @generated
	 */
	void setQid(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.ringside.model.nvme.NvmePackage#getBufferValue_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.BufferValue#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see io.ringside.model.nvme.NvmePackage#getBufferValue_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.BufferValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.nvme.NvmePackage#getBufferValue_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.BufferValue#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // BufferValue
