/**
 */
package io.ringside.model.nvme;

import io.ringside.model.trace.Device;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Controller</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An NVMe controller.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.Controller#getDstrd <em>Dstrd</em>}</li>
 *   <li>{@link io.ringside.model.nvme.Controller#isShadowDoorbells <em>Shadow Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.Controller#getDoorbells <em>Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.Controller#getShadowBuffer <em>Shadow Buffer</em>}</li>
 *   <li>{@link io.ringside.model.nvme.Controller#getEventIdxBuffer <em>Event Idx Buffer</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.nvme.NvmePackage#getController()
 * @model
 * @generated
 */
public interface Controller extends Device {
	/**
	 * Returns the value of the '<em><b>Dstrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dstrd</em>' attribute.
	 * @see #setDstrd(int)
	 * @see io.ringside.model.nvme.NvmePackage#getController_Dstrd()
	 * @model
	 * @generated
	 */
	int getDstrd();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.Controller#getDstrd <em>Dstrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dstrd</em>' attribute.
	 * @see #getDstrd()
	 * @generated
	 */
	void setDstrd(int value);

	/**
	 * Returns the value of the '<em><b>Shadow Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shadow Doorbells</em>' attribute.
	 * @see #setShadowDoorbells(boolean)
	 * @see io.ringside.model.nvme.NvmePackage#getController_ShadowDoorbells()
	 * @model
	 * @generated
	 */
	boolean isShadowDoorbells();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.Controller#isShadowDoorbells <em>Shadow Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shadow Doorbells</em>' attribute.
	 * @see #isShadowDoorbells()
	 * @generated
	 */
	void setShadowDoorbells(boolean value);

	/**
	 * Returns the value of the '<em><b>Doorbells</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.nvme.DoorbellRegister}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Doorbells</em>' containment reference list.
	 * @see io.ringside.model.nvme.NvmePackage#getController_Doorbells()
	 * @model containment="true"
	 * @generated
	 */
	EList<DoorbellRegister> getDoorbells();

	/**
	 * Returns the value of the '<em><b>Shadow Buffer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shadow Buffer</em>' containment reference.
	 * @see #setShadowBuffer(ShadowDoorbellBuffer)
	 * @see io.ringside.model.nvme.NvmePackage#getController_ShadowBuffer()
	 * @model containment="true"
	 * @generated
	 */
	ShadowDoorbellBuffer getShadowBuffer();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.Controller#getShadowBuffer <em>Shadow Buffer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shadow Buffer</em>' containment reference.
	 * @see #getShadowBuffer()
	 * @generated
	 */
	void setShadowBuffer(ShadowDoorbellBuffer value);

	/**
	 * Returns the value of the '<em><b>Event Idx Buffer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Idx Buffer</em>' containment reference.
	 * @see #setEventIdxBuffer(EventIdxBuffer)
	 * @see io.ringside.model.nvme.NvmePackage#getController_EventIdxBuffer()
	 * @model containment="true"
	 * @generated
	 */
	EventIdxBuffer getEventIdxBuffer();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.Controller#getEventIdxBuffer <em>Event Idx Buffer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Idx Buffer</em>' containment reference.
	 * @see #getEventIdxBuffer()
	 * @generated
	 */
	void setEventIdxBuffer(EventIdxBuffer value);

} // Controller
