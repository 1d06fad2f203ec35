/**
 */
package io.ringside.model.nvme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Doorbell Register</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A doorbell register in BAR0: SQ tail or CQ head.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.DoorbellRegister#getQid <em>Qid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.DoorbellRegister#getKind <em>Kind</em>}</li>
 *   <li>{@link io.ringside.model.nvme.DoorbellRegister#getOffset <em>Offset</em>}</li>
 *   <li>{@link io.ringside.model.nvme.DoorbellRegister#getValue <em>Value</em>}</li>
 *   <li>{@link io.ringside.model.nvme.DoorbellRegister#getWrites <em>Writes</em>}</li>
 *   <li>{@link io.ringside.model.nvme.DoorbellRegister#getSkipped <em>Skipped</em>}</li>
 *   <li>{@link io.ringside.model.nvme.DoorbellRegister#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.nvme.NvmePackage#getDoorbellRegister()
 * @model
 * @generated
 */
public interface DoorbellRegister extends EObject {
	/**
	 * Returns the value of the '<em><b>Qid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qid</em>' attribute.
	 * @see #setQid(int)
	 * @see io.ringside.model.nvme.NvmePackage#getDoorbellRegister_Qid()
	 * @model
	 * @generated
	 */
	int getQid();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.DoorbellRegister#getQid <em>Qid</em>}' attribute.
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
	 * @see io.ringside.model.nvme.NvmePackage#getDoorbellRegister_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.DoorbellRegister#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see io.ringside.model.nvme.NvmePackage#getDoorbellRegister_Offset()
	 * @model
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.DoorbellRegister#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see io.ringside.model.nvme.NvmePackage#getDoorbellRegister_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.DoorbellRegister#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Writes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Writes</em>' attribute.
	 * @see #setWrites(long)
	 * @see io.ringside.model.nvme.NvmePackage#getDoorbellRegister_Writes()
	 * @model
	 * @generated
	 */
	long getWrites();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.DoorbellRegister#getWrites <em>Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writes</em>' attribute.
	 * @see #getWrites()
	 * @generated
	 */
	void setWrites(long value);

	/**
	 * Returns the value of the '<em><b>Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skipped</em>' attribute.
	 * @see #setSkipped(long)
	 * @see io.ringside.model.nvme.NvmePackage#getDoorbellRegister_Skipped()
	 * @model
	 * @generated
	 */
	long getSkipped();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.DoorbellRegister#getSkipped <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skipped</em>' attribute.
	 * @see #getSkipped()
	 * @generated
	 */
	void setSkipped(long value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.nvme.NvmePackage#getDoorbellRegister_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.DoorbellRegister#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // DoorbellRegister
